import { loadLocalAuthorities } from '../../domain/reference/localAuthorities'
import type { EmployerIdentity } from './organisationMatcher'

/**
 * An organisation named in published data, with the local authority
 * register's identity when the name is a council's (or the GLA's): its code,
 * its GSS code and whether it is in London (E09 and the GLA are), so that a
 * council is matched by identity and compared with its own area.
 */
export function councilIdentity(name: string, otherNames: string[] = []): EmployerIdentity {
  const register = loadLocalAuthorities()
  const council = [name, ...otherNames].map((n) => register.find(n)).find(Boolean)
  if (!council) return { name, otherNames }
  const inLondon = /^E09/.test(council.gssCode) || council.code === 'GLA'
  return {
    name,
    otherNames,
    localAuthorityCode: council.code,
    gssCode: council.gssCode,
    inLondon: inLondon ? 'yes' : 'no',
    localAuthority: inLondon ? undefined : council.niceName,
  }
}
