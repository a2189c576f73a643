// The renderer's one connection to local storage.
import { openDb } from './db'

export const db = openDb()
