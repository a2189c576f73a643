// Short unique ids for roles, duties and charts. Pure: no Node or DOM crypto needed,
// collisions are irrelevant at chart sizes (ids are checked for uniqueness on load).

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

export function newId(prefix: string, random: () => number = Math.random): string {
  let s = ''
  for (let i = 0; i < 10; i++) s += ALPHABET[Math.floor(random() * ALPHABET.length)]
  return `${prefix}${s}`
}
