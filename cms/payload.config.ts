import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import { Actions } from './collections/Actions'
import { CaseStudies } from './collections/CaseStudies'
import { Commitments } from './collections/Commitments'
import { Corrections } from './collections/Corrections'
import { DatasetReleases } from './collections/DatasetReleases'
import { EqualityPublications } from './collections/EqualityPublications'
import { FundingApplications } from './collections/FundingApplications'
import { FundingTargets } from './collections/FundingTargets'
import { Grants } from './collections/Grants'
import { Imports } from './collections/Imports'
import { Organisations } from './collections/Organisations'
import { PayGapReports } from './collections/PayGapReports'
import { LibraryFiles } from './collections/LibraryFiles'
import { CityIndicators, SurveyResults } from './collections/LevelSeries'
import { LibraryResources } from './collections/LibraryResources'
import { Metrics } from './collections/Metrics'
import { Returns } from './collections/Returns'
import { ProgrammeTracker } from './collections/ProgrammeTracker'
import { Priorities } from './collections/Priorities'
import { ProblemReports } from './collections/ProblemReports'
import { Stages } from './collections/Stages'
import { Steps } from './collections/Steps'
import { Users } from './collections/Users'
import { WorkforceProfiles } from './collections/WorkforceProfiles'
import { databaseAdapter } from './database'
import { resolve } from 'node:path'
import { config } from '../domain/config'
import { resolvePayloadSecret } from './secret'
import { withDocumentLockRules } from './access/documentLocks'
import { emailSettingsFromEnvironment, portalEmailAdapter } from './email'
import { graphqlValidationRules } from './lib/graphqlTools'
import { withAdminForRoles } from './admin/forRoles'
import { siteRebuildEndpoint } from './admin/siteRebuildEndpoint'
import { UK_DAY_AND_TIME_FORMAT, withUkDates } from './collections/ukDateField'

const portalConfig = buildConfig({
  secret: resolvePayloadSecret(),
  serverURL: config.cmsServerUrl,
  // The public site's "Report a problem" form posts here from SITE_URL and, with JavaScript, reads the answer.
  // Only CORS: the form sends no cookies, so SITE_URL is deliberately not a csrf origin (which would let the
  // site's pages act with a signed-in curator's session).
  cors: [config.siteUrl],
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Fairer City portal' },
    // Curators see their queue; reporters their organisation, this year's return and what came back.
    components: { beforeDashboard: ['/components/CuratorQueue#CuratorQueue', '/components/ReporterHome#ReporterHome'] },
    // List views and read-only dates the UK way (date fields themselves: withUkDates).
    dateFormat: UK_DAY_AND_TIME_FORMAT,
    importMap: {
      baseDir: resolve(config.projectRoot, 'cms'),
      importMapFile: resolve(config.projectRoot, 'cms/app/(payload)/admin/importMap.js'),
    },
  },
  collections: withAdminForRoles(
    withUkDates([
      Organisations,
      Commitments,
      Returns,
      Metrics,
      PayGapReports,
      WorkforceProfiles,
      Grants,
      FundingApplications,
      FundingTargets,
      CityIndicators,
      SurveyResults,
      EqualityPublications,
      LibraryResources,
      LibraryFiles,
      CaseStudies,
      ProgrammeTracker,
      Imports,
      ProblemReports,
      Corrections,
      DatasetReleases,
      Priorities,
      Actions,
      Steps,
      Stages,
      Users,
    ]),
  ),
  endpoints: [siteRebuildEndpoint],
  // Uploads are CSV files to import; the largest published Gender Pay Gap Service file is about 12 MB.
  upload: { limits: { fileSize: 50 * 1024 * 1024 } },

  db: databaseAdapter(),
  editor: lexicalEditor(),
  typescript: { outputFile: resolve(config.projectRoot, 'cms/payload-types.ts'), autoGenerate: false },
  // Introspection and the playground only under `next dev` (lib/graphqlTools.ts).
  graphQL: { disablePlaygroundInProduction: true, disableIntrospectionInProduction: false, validationRules: graphqlValidationRules },
  email: portalEmailAdapter(emailSettingsFromEnvironment()),
  telemetry: false,
})

// Payload adds its document-locks collection while sanitizing; its rules are set on the result.
export default withDocumentLockRules(portalConfig)
