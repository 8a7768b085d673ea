import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

// scrypt from node:crypto (memory-hard, no native addon): N=2^15, r=8 takes 32 MiB and ~60 ms per check here.

const PARAMS = { N: 1 << 15, r: 8, p: 1 }
const KEY_LENGTH = 32

function derive(password: string, salt: Buffer, o: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFC'),
      salt,
      KEY_LENGTH,
      { ...o, maxmem: 128 * o.N! * o.r! * 2 },
      (err, key) => {
        if (err) reject(err)
        else resolve(key)
      },
    )
  })
}

/** `scrypt$N$r$p$salt$hash`, base64 parts: the parameters travel with the hash so they can be raised later */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, PARAMS)
  const { N, r, p } = PARAMS
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$')
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [tag, N, r, p, salt, hash] = stored.split('$')
  if (tag !== 'scrypt' || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64')
  const key = await derive(password, Buffer.from(salt, 'base64'), {
    N: Number(N),
    r: Number(r),
    p: Number(p),
  })
  return key.length === expected.length && timingSafeEqual(key, expected)
}

/** Checked against when the account does not exist, so a wrong name costs as long as a wrong password */
export const DUMMY_HASH = await hashPassword(randomBytes(9).toString('base64'))

export const PASSWORD_MIN = 8
export function passwordProblem(password: string): string | undefined {
  if (password.length < PASSWORD_MIN) return `密码至少${PASSWORD_MIN}位`
  if (password.length > 200) return '密码过长（最多200位）'
  return undefined
}
