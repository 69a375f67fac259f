import { buildConfig } from 'payload'
import { Actions } from './collections/Actions'
import { Commitments } from './collections/Commitments'
import { FundingApplications } from './collections/FundingApplications'
import { FundingTargets } from './collections/FundingTargets'
import { Grants } from './collections/Grants'
import { Imports } from './collections/Imports'
import { Organisations } from './collections/Organisations'
import { PayGapReports } from './collections/PayGapReports'
import { Priorities } from './collections/Priorities'
import { Stages } from './collections/Stages'
import { Steps } from './collections/Steps'
import { Users } from './collections/Users'
import { WorkforceProfiles } from './collections/WorkforceProfiles'
import { databaseAdapter } from './database'
import { resolve } from 'node:path'
import { projectRoot } from './paths'
import { resolvePayloadSecret } from './secret'

export default buildConfig({
  secret: resolvePayloadSecret(),
  serverURL: process.env.CMS_URL ?? '',
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Fairer City portal' },
    importMap: { baseDir: resolve(projectRoot, 'cms'), importMapFile: resolve(projectRoot, 'cms/app/(payload)/admin/importMap.js') },
  },
  collections: [
    Organisations,
    Commitments,
    PayGapReports,
    WorkforceProfiles,
    Grants,
    FundingApplications,
    FundingTargets,
    Imports,
    Priorities,
    Actions,
    Steps,
    Stages,
    Users,
  ],
  // Uploads are CSV files to import; the largest published Gender Pay Gap Service file is about 12 MB.
  upload: { limits: { fileSize: 50 * 1024 * 1024 } },

  db: databaseAdapter(),
  typescript: { outputFile: resolve(projectRoot, 'cms/payload-types.ts'), autoGenerate: false },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
})
