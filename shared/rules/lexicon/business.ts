// Lexicons for the executive and commercial domains: strategy, finance, marketing,
// sales, public relations, investor relations and government relations.

import type { DomainWords } from './types'

export const BUSINESS_WORDS: readonly DomainWords[] = [
  {
    domain: 'strategy',
    strong: `product bet, big bet, 10 year business plan, five year business plan, artistic direction, vision, mission statement, years time, year time, where business should, where company should, strategic direction, strategic plan, strategic planning, corporate strategy, company strategy,
      business strategy, group strategy, growth strategy, franchise into, franchise the business, pivot from, overall strategy, long-term strategy, market entry, enter market, new market,
      merger, acquisition, mna, takeover, divestment, divest, divestiture, joint venture, business model, long-term plan, five-year plan,
      ten-year plan, three-year plan, strategic priority, company direction, company priority, portfolio strategy, expansion strategy,
      competitive strategy, brand abroad, business abroad, take abroad, go abroad, expand abroad, diversification, international expansion, new country, new territory, overseas expansion, expand into, strategic objective, strategic goal, strategy offsite, company mission,
      company value, corporate value, core value, long-range plan, long-range business plan, five-year direction, where company head, where business head, where we head, company culture and value, long-term goal, long-term direction, buy competitor, acquire competitor, due diligence, strategic review,
      where compete, entry into market, launch in market, launch into market, move into market, break into market, growth plan, corporate plan, group plan, strategy day, strategy session, market expansion, strategic partnership, spin-off, acquisition target, merger target, takeover target`,
    medium: `strategy, strategic, purpose, expansion, portfolio, decade, competitor, rival, horizon, geography, geographies`,
    weak: `long-term, board, country, growth, direction, future`,
    verbs: `acquire, merge, divest, expand`
  },
  {
    domain: 'finance',
    strong: `hedging contract, hedge contract, bond issue, bond issuance, issue bonds, hedging book, hedging instrument, fx hedging instrument, currency hedge, crowdfunding, crowdfund, grant funding, grant money, funding bid, funding, fundraising, fundraise, raise capital, raise fund, raise money, raise finance, secure funding, secure finance, secure investment, capital raising,
      investment decision, treasury, company cash, group cash, company cash position, group cash position, cash flow, cashflow, cash position, cash management, liquidity, credit line, credit facility, lending, lending facility, asset-based lending, asset-based lending facility, invoice finance, invoice factoring,
      line credit, asset finance, finance facility, loan, lender, borrowing, debt, equity, refinance, refinancing, overdraft, fiscal, fiscal strategy, financial risk, hedging, mortgage, commercial mortgage, fx, fx risk, fx hedging, currency hedging, exchange rate risk, interest rate risk, currency exposure, interest rate exposure, reserves, cash reserve, investment policy, dividend policy, borrowing policy, treasury policy,
      foreign exchange, currency risk, interest rate, capital expenditure, capex approval, pnl, profit loss, balance sheet, statutory account,
      annual account, year-end account, financial statement, tax, vat return, corporation tax, tax return, dividend, working capital,
      private equity, venture debt, covenant, company valuation, financial health, financial strategy, finance strategy, group budget,
      company budget, corporate budget, company-wide budget, capital allocation, allocate capital, capital budget, investment priority, investment priorities, investment portfolio, bank facility,
      financial forecast, financial planning, major investment, significant investment, large investment, funding round, investment round,
      bank loan, bank manager, capex, capital spending, capital spend, big spend, major spend, large spend, spending plan, spending strategy, money plan, company spending plan, firm spending plan, group spending plan, capital facility, working capital facility, loan facility, banking facility, raise round, series round, series a, series b, series c, seed round, seed funding, financing package, funding package, credit rating, financial audit, external auditor, accounts payable, accounts receivable, general ledger,
      bookkeeping, payroll tax, pricing strategy, company finances, business finances, financial control, finance function, financial report,
      financial reporting, management account, bank statement, month-end close, year-end close, insurance policy, pension fund`,
    medium: `investment, capital, financing, accounts, accounting, ledger, reconcile, reconciliation, audit fee, banking, bank, creditor, debtor,
      margin, profitability, revenue, profit, finances, financial result, cash, banker, surplus cash, cash reserve`,
    weak: `financial, finance, fund, money, credit, insurance, price`,
    verbs: `borrow, invest, hedge, refinance, finance, fund`
  },
  {
    domain: 'marketing',
    strong: `ad script, advert script, radio ad, radio advert, tv ad, ad copy, marketing, advertising, advertise, advert, ad campaign, ads, seo, ppc, social media, newsletter, copywriting, brand, branding,
      rebrand, rebranding, brand refresh, promotional campaign, buy-one-get-one-free, bogof, discount code, loyalty scheme, loyalty programme, market research, positioning, influencer,
      go-to-market, content marketing, blog, vlog, podcast, landing page, conversion rate, split test, email campaign, mailshot, mailer, promotional mailer, direct mail,
      leaflet, flyer, brochure, collateral, billboard, sponsorship, instagram, linkedin, facebook, tiktok, youtube, twitter, pinterest,
      hashtag, insta, insta post, paid search, follower, audience, segmentation, persona, campaign message, brand message, marketing message, key message, tagline, slogan, logo, advertising agency, ad agency, media buying, tv ad,
      radio ad, leaflet drop, flyer drop, leafleting, ad targeting, email blast, advert push, advertising push, ad push, promo email, promotional email, sale email, price promotion, in-store display, point of sale display, keyword, keywords, ad keyword, black friday promo, radio jingle, jingle, ad push, advertising push, marketing push, promo push, advert slot, tv slot, radio slot, ad slot, webinar, run competition, on social, conversion experiment, conversion test, landing page test, lead generation, marketing campaign, campaign, campaign budget, sign off creative, choose channels, choose the channels, sales campaign, trade show, exhibition stand, marketing plan, marketing budget,
      marketing strategy, brand awareness, brand guideline, product launch campaign, launch campaign, customer survey, press ad,
      online ad, digital marketing, search ranking, google ads, paid social, organic social, social post, content calendar, web copy, ad copy,
      customer newsletter, marketing email, photography, photoshoot, photo shoot, open rate, click-through, competition entry, giveaway, referral scheme, affiliate, focus group, marketing calendar, campaign calendar, promotional calendar, ad space, advertising space, media space, advertising budget, advertising spend, media budget, media spend, ad spend, ad budget, buy ad, buy advertising, media buying, marketing agency, creative agency, media agency`,
    medium: `messaging, promo, promos, promotion, promotional, promote, publicise, discount, offer, launch event, advertisement, banner, poster, catalogue design, copy, market`,
    weak: `post, launch, website, content, event`,
    verbs: `advertise, promote, publicise, market, rebrand`
  },
  {
    domain: 'sales',
    strong: `lead seller, sales stand, work sales stand, sign up grower, sign up customer, quote and close, close the sale, close sale, close deal, close the deal, close job, close booking, sell, selling, sale, sold, close deal, close sale, prospect, prospecting, cold call, cold-call, sales pipeline, quota, upsell,
      cross-sell, key account, account management, new business, sales pitch, pitch, product demo, sales target, personal sales target, personal target, revenue target, win business,
      win customer, win client, win new, customer acquisition, convert lead, sales call, sales visit, showroom, prospective buyer,
      potential customer, potential client, prospective customer, new customer, new client, free sample, product sample, tasting sample, hand out sample, give out sample, offer sample, pour sample, sampling stand, sampling session,
      customer contract, client contract, sales meeting, price negotiation, negotiate price, discount customer, persuade,
      canvass, door-to-door, telesales, order book, sales quota, sales lead, rfp, tender response, renew customer contract,
      sign customer, take order, customer order taking, coldcall, close order, wholesale customer, sales team target, visit customer, find new customer,
      ring lead, call lead, phone lead, chase lead, trade fair, customer meeting, key client, existing customer, contract term customer, win order, win their order, cold calling,
      win contract, win tender, win work, win more work, quote new job, quote for new job`,
    medium: `demo, quote, quotation, customer visit, recommend, client, pricing, buyer, retailer, distributor, stockist, deal`,
    weak: `customer, account, tender, revenue, range, bid, commission`,
    verbs: `sell, upsell, cross-sell, prospect, pitch, canvass, persuade, recommend, coldcall`
  },
  {
    domain: 'public-relations',
    strong: `community newsletter, community relations, face to press, face to the press, face to the media, face of the company, spokesperson, press release, media, journalist, reporter, spokesperson, spokesman, spokeswoman, public relations, pr, public image, reputation, crisis response, to the papers, our image, reputation response, review pile-on, online pile-on, social media pile-on, twitter pile-on, went viral, complaints are trending,
      public statement, press statement, crisis communication, media enquiry, press enquiry, newspaper, magazine, local paper, local radio, local press, national paper,
      press office, face of, face on tv, face on television, face on radio, face on news, face in press, face in media, radio interview, tv interview, television interview, newspaper interview, podcast interview, public face, company face, face of company, face of business, media training, press conference, public appearance, interview journalist, headline, press coverage, media coverage,
      company statement, press call, media call, press enquiry line, public speaking, keynote, communication with public, communicate with public, public communication, brand reputation, reputational, public criticism, online criticism, public backlash, backlash, public perception, media interview, press interview, news story, bbc, itv, cnn, sky news, public apology, apology to public, news crew, camera crew, film crew interview`,
    medium: `tv, television, radio, tv news, radio news, news programme, news channel, news bulletin, press, statement, speech, publicity, image, comms, communications team`,
    weak: `appear, speak, announcement, public, interview, local paper`,
    verbs: `publicise, announce, front`
  },
  {
    domain: 'investor-relations',
    strong: `vc partner, vc partners, investors expect, investor expects, what investors expect, investor, shareholder, shareholder meeting, meeting for shareholder, meeting of shareholder, fund owner, fund's owner, earnings, earnings call, analyst call, annual report, investor presentation, pitch deck, venture capital,
      vc, agm, annual general meeting, stock exchange, share price, capital market, roadshow, investor day, result announcement,
      investor relation, investor conference, investor meeting, investor visit, investor tour, investor site tour, investor site visit, shareholder visit, shareholder tour, investor event, analyst meeting, investment community, shareholder meeting, shareholder letter, investor update, investor report, investor expectation, private equity owner, private equity backer, equity owner, equity backer, backer, board investor, equity analyst, fund manager, venture capital fund, venture fund, vc fund,
      pe owner, pe house, pe firm, pe backer, pe partner, vc fund partner, fund partner, private equity partner, private equity board, investor deck, bondholder, noteholder, bond investor, results presentation, annual results, interim results, owners' question`,
    medium: `analyst, earnings guidance, profit guidance, revenue guidance, full-year guidance, market guidance, stakeholder report`,
    weak: `result, quarterly`
  },
  {
    domain: 'government-relations',
    strong: `lobby, lobbying, lobbying campaign, lobbyist, government, minister, meet mp, meet minister, meet councillor, brief mp, brief minister, change law, change regulation, change rule, rule change, law change, ministry, mp, mps, politician, politic, political, public affairs, public policy,
      policymaker, policy-maker, parliament, parliamentary, legislator, evidence to committee, evidence to select committee, shape law, shape legislation, shape regulation, relationship official, relationships official, influence law, influence legislation, influence regulation, influence government policy, influence public policy, government relation, councillor, civil servant, trade association,
      advocacy, consultation response, response consultation, government consultation, public consultation, subsidy, tariff, department transport, department trade, department health, senator, congress,
      congressman, white house, downing street, mayor, local authority, regulator meeting, meet regulator, political party, campaign group,
      policy paper, position paper, planning committee, planning officer, planning officers, government department, government agency, government body, government official, government officer, trade body, industry body, government panel, government advisory, government taskforce, parliamentary committee, select committee, parliamentary hearing, public inquiry, westminster, whitehall, holyrood, capitol hill, council leader, council leaders,
      dhsc, dft, defra, dwp, dcms, beis, desnz, dluhc, dfe, home office, cabinet office, council cabinet, county cabinet, city cabinet, borough cabinet, county council, city council, borough council, district council, licensing committee, council committee, government working group, ministers`,
    medium: `council, advocate, official, regulator, policy change, legislation change, government grant, grant`,
    weak: `public sector, policy`,
    verbs: `lobby, advocate`
  }
]
