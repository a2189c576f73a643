// Lexicons for the specialist domains: IT and software, product design and
// engineering, legal, research and development, and other departments' projects.

import type { DomainWords } from './types'

export const TECHNICAL_WORDS: readonly DomainWords[] = [
  {
    domain: 'it-software',
    strong: `pen test, pentest, penetration test, cyber security audit, security audit of the network, software, code, coding, coder, programming, programmer, developer, software development, app, api, integration, database, server, database deadlock, database corruption, data corruption,
      cloud, aws, azure, gcp, web hosting, cloud hosting, server hosting, website hosting, hosting provider, firewall, cyber, cybersecurity, cyber security, endpoint, laptop, computer, pc, infotech, infotech helpdesk, infotech help desk, infotech service desk,
      password, user account, login, vpn, wifi, wi-fi, firmware, script, scripting, bug, debug, software deployment, code deployment, app deployment, deploy code, deploy software,
      devops, sysadmin, scada, network config, network configuration, ssh, restart service, restart server, reboot server, server log, read log, backup, malware, ransomware, phishing, virus, infected machine, infected pc, infected laptop, email server, data warehouse, etl, sql, python, javascript, java, macro,
      infotech infrastructure, tech support, technical support, technical issue, technical fault, hardware, software licence, microsoft,
      office 365, sharepoint, network security, information security, data security, penetration test, patching, operating system,
      website build, web development, mobile app, web app, source code, codebase, repository, git, pull request, unit test, release pipeline,
      router, front end, back end, front-end, back-end, full stack, office network, company network, network switch, vlan, vlans, network cable, network cabling, wifi access point, switch configuration, active directory, access right, user access, it infrastructure, it system,
      server room, data centre, disaster recovery, cloud migration, system administration, technical troubleshooting,
      fix printer, repair printer, printer jam, infotech problem, infotech issue, infotech support, email problem, desk-side support, hardware refresh, infotech supplier, build website, maintain website, website build,
      software feature, replatforming, replatform, re-platforming, e-commerce platform, ecommerce platform, user acceptance testing, user acceptance test, uat, intranet, extranet, react, angular, typescript, kotlin, php, c#, dotnet, ruby, golang, machine learning, data pipeline, data engineering, ml pipeline, ml model, ai model, predictive model, data science, vba, power apps, power automate, low-code, no-code, antivirus, anti-virus, wordpress, shopify, magento, drupal, wix, squarespace, salesforce admin, rebuild website, redesign website, website redesign, develop software, software update, install software, pc, staff email, email access, computer problem`,
    medium: `helpdesk, help desk, service desk, application, website, web, patch, deploy, troubleshoot, configure, crm, automation script, email account, digital, online portal, portal,
      dashboard build, algorithm, infrastructure`,
    weak: `technical, technology, tech, licence, email, screen, online, install, upgrade, system, network, printer, device, ticket, erp`,
    verbs: `code, program, debug, deploy, patch, script, hack, troubleshoot, encrypt, reboot, reinstall`
  },
  {
    domain: 'product-design',
    strong: `in cad, cad model, cad drawing, cad models, prototype, prototyping, cad, look and feel, product design, industrial design, design engineering, product engineering, new product development,
      npd, ux, ui, user experience, user interface, usability, wireframe, mock-up, mockup, sketch, 3d model, product roadmap,
      product requirement, product feature, redesign, designer, design review, packaging design, cad drawing, technical drawing,
      product concept, concept design, new design, draw up pattern, draw pattern, new pattern, design brief, form factor, ergonomics, new product, next generation, draw design, draw up design,
      next model, new model, product range design, engineering drawing, mechanical design, electrical design, circuit design,
      pcb, circuit diagram, wiring diagram, schematic diagram, product engineer, interior design, interior layout, cabin layout, design sprint, design prototype, user testing, user research, usability testing, solidworks, autocad, fusion 360, creo, rendering, 3d rendering, cad model, design iteration, style guide, colourway, pattern cutting, recipe development, create recipe, write recipe, devise recipe`,
    medium: `new feature, design, feature, drawing, concept, engineering, dimension, roadmap, blueprint, schematic, tolerance, material selection, new range, new collection, capsule collection`,
    weak: `model, product, range, style, specification, spec`,
    verbs: `design, redesign, engineer, prototype, sketch, cad, wireframe`
  },
  {
    domain: 'legal',
    strong: `small claims, small claims court, letter before action, letter before claim, settle or fight, settle or defend, whether we settle, whether to settle, settle the claim, settle the lawsuit, trademark, trade mark, trademark dispute, trademark fight, small claims, small claims court, legal, lawyer, solicitor, negligence, negligence claim, legal representative, barrister, barristers, instruct counsel, counsel, litigation, lawsuit, draft term, consumer law, advertising law, advertising standard, defend company, defend claim, sue, sued, suing, legal dispute, court, tribunal, contract law, draft contract, write contract, contract drafting,
      legal term, terms condition, intellectual property, trademark application, patent application, trademark, patent, copyright, whistleblowing, anti-bribery, bribery, corruption,
      gdpr, data protection, privacy policy, legal strategy, legal advice, legal representation, indemnity, arbitration, sue, legal action,
      injunction, nda, non-disclosure, licensing agreement, ip licence, ip right, publishing contract, legal implication, legal position, judicial review, appeal hearing, licensing appeal, licence appeal, tribunal hearing, conditions of carriage, condition of carriage, conditions of sale, terms of sale, legal risk, compliance programme, compliance policy, regulatory filing,
      company-wide compliance, compliance strategy, legal case, case law, legal review, contract review, review contract, review agreement, review lease, court case,
      settlement negotiation, legal claim, legal requirement, legal obligation, statutory obligation,
      regulatory breach, regulatory investigation, commercial contract, commercial agreement, competition law, antitrust,
      company law, contract dispute, master service agreement, draft agreement, legal lead, legal counsel, settle claim, settle lawsuit, injury claim, personal injury, employment claim, legal document, legal letter, cease desist, employment tribunal,
      legal rep, lease dispute, landlord dispute, dispute with landlord, solicitor letter, respond legally, answer legally`,
    medium: `dispute, settlement, liability, claim, legislation, law, compliance, regulatory, clause, litigate, contractual, defence`,
    weak: `comply, compliant, regulation, rule, customs, permit, licence, standard, requirement, policy, contract`,
    verbs: `litigate, sue`,
    ownable: `legislation, law, compliance, regulatory, comply, compliant, regulation, rule, customs, permit, licence, standard, requirement,
      policy, health safety law, safety law, safety regulation, environmental regulation, transport regulation, legal requirement, legal obligation,
      statutory obligation, contract`
  },
  {
    domain: 'research',
    strong: `research, rnd, field trial, test field, trial plot, experiment, experimentation, laboratory, lab, scientist, scientific, hypothesis, clinical trial, formulation, chemistry,
      innovation, breakthrough, invention, discovery, research project, research programme, peer review, publish paper, research paper,
      materials science, new technology, emerging technology, new material, new formula, new compound, develop new product, develop new material,
      develop new process, develop new technology, develop new formulation, feasibility research,
      proof of concept, grant application, research bid, develop recipe, test kitchen, lab test, field trial, pilot study, research study, literature review, lit review, experimental, research grant, consumer trial`,
    medium: `study, trial, explore, investigate new, test new, new method, pilot, scientific method, research findings, publish findings, write up findings, trial findings, develop new, conduct experiment, conduct trial`,
    weak: `new process, investigate, novel`,
    verbs: `research, experiment, invent, discover, formulate, hypothesise`
  },
  {
    domain: 'other-projects',
    strong: `project manage, project management, project manager, programme manage, programme management, scrum, scrum master,
      programme manager, programme lead, project board, gantt, gantt chart, critical path, timeline and budget, budget and timeline, plan timeline and budget, scope and timeline, transformation programme manager, sprint planning, sprint, sprint backlog, product backlog, sprint review, project plan, project lead, project delivery, project roadmap, pm`,
    medium: `project, initiative, rollout, workstream, migration, switchover, cutover, switch to, move to new, replatforming, implementation`,
    weak: `timeline, deliverable, milestone`
  }
]
