import { parse } from 'csv-parse/sync'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { config } from '../config'

/**
 * The local authority register (mySociety's uk_local_authorities_current and
 * its name lookup, shared/data/README.md): every council's 3-letter register
 * code (the body), its GSS code (its area) and the names it goes by. Used to
 * recognise a council in published data whatever it is called there:
 * "London Borough of Camden", "Camden London Borough Council" and "Camden
 * Council" are one body, CMD, E09000007.
 */
export interface LocalAuthority {
  /** The register's 3-letter code, e.g. CMD: it names the body and survives boundary changes. */
  code: string
  gssCode: string
  officialName: string
  niceName: string
  /** The register's type, e.g. LBO (London borough), CC (City corporation), SRA (the GLA). */
  type: string
  current: boolean
}

/** Words a council's name may carry around its place name; stripped before looking the name up. */
const BODY_WORDS =
  /\b(metropolitan borough council|borough council|city council|county council|district council|london borough council|london borough of|london borough|royal borough of|city and county of the city of|city of|london boro|corporation|council)\b/g

/** A council name as the register's lookup and published data can be compared: "Camden London Borough Council" -> "camden". */
export function normaliseAuthorityName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9 ,-]+/g, ' ')
    .replace(/^\s*the\s+/, ' ')
    .replace(BODY_WORDS, ' ')
    .replace(/[,-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Whether a name says it is a public authority at all, so that "Camden Town Brewery" or a bare "Camden" never resolves. */
const NAMES_A_BODY = /\b(council|borough|boro|corporation|authority|city of)\b/i

export class LocalAuthorityRegister {
  private byCode = new Map<string, LocalAuthority>()
  private byGss = new Map<string, LocalAuthority>()
  private byName = new Map<string, string | null>()

  constructor(authorities: LocalAuthority[], names: Array<{ name: string; code: string }>) {
    for (const a of authorities) {
      this.byCode.set(a.code, a)
      if (a.gssCode) this.byGss.set(a.gssCode, a)
    }
    const add = (name: string, code: string) => {
      const key = normaliseAuthorityName(name)
      if (!key) return
      const known = this.byName.get(key)
      // A normalised name two bodies share (a past and a current council) names neither: prefer the current one, else none.
      if (known === undefined) this.byName.set(key, code)
      else if (known !== code) {
        const current = [known, code].filter((c) => c && this.byCode.get(c)?.current)
        this.byName.set(key, current.length === 1 ? current[0] : null)
      }
    }
    for (const a of authorities) for (const name of [a.officialName, a.niceName]) add(name, a.code)
    for (const { name, code } of names) add(name, code)
  }

  get size(): number {
    return this.byCode.size
  }

  byRegisterCode(code: string): LocalAuthority | undefined {
    return this.byCode.get(code)
  }

  byGssCode(gss: string): LocalAuthority | undefined {
    return this.byGss.get(gss)
  }

  /** The authority a name denotes, or nothing when it names no authority (or more than one). */
  find(name: string): LocalAuthority | undefined {
    if (!NAMES_A_BODY.test(name)) return undefined
    const code = this.byName.get(normaliseAuthorityName(name))
    return code ? this.byCode.get(code) : undefined
  }
}

let cached: { dir: string; register: LocalAuthorityRegister } | undefined

/** The register from LOCAL_AUTHORITIES_DIR; empty (so nothing resolves) when the files are absent, which referenceFiles reports. */
export function loadLocalAuthorities(dir = config.localAuthoritiesDir): LocalAuthorityRegister {
  if (cached?.dir === dir) return cached.register
  const authoritiesFile = join(dir, 'uk_local_authorities_current.csv')
  const namesFile = join(dir, 'lookup_name_to_registry.csv')
  if (!existsSync(authoritiesFile)) return new LocalAuthorityRegister([], [])
  const rows = parse(readFileSync(authoritiesFile, 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>
  const authorities = rows.map((r) => ({
    code: r['local-authority-code'],
    gssCode: r['gss-code'],
    officialName: r['official-name'],
    niceName: r['nice-name'],
    type: r['local-authority-type'],
    current: r['current-authority'] === 'True',
  }))
  const names = existsSync(namesFile)
    ? (parse(readFileSync(namesFile, 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>).map((r) => ({
        name: r['la-name'],
        code: r['local-authority-code'],
      }))
    : []
  const register = new LocalAuthorityRegister(authorities, names)
  cached = { dir, register }
  return register
}
