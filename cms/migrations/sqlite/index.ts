import * as migration_20261123_044754_initial from './20261123_044754_initial';
import * as migration_20261123_052720_pay_gap_reports from './20261123_052720_pay_gap_reports';
import * as migration_20261123_062317_workforce_profiles from './20261123_062317_workforce_profiles';
import * as migration_20261123_074230_imports from './20261123_074230_imports';
import * as migration_20261123_075229_funding from './20261123_075229_funding';
import * as migration_20261123_081550_library from './20261123_081550_library';
import * as migration_20261123_092843_import_grant_rights from './20261123_092843_import_grant_rights';
import * as migration_20261201_122246_session_2026_12_01 from './20261201_122246_session_2026_12_01';

export const migrations = [
  {
    up: migration_20261123_044754_initial.up,
    down: migration_20261123_044754_initial.down,
    name: '20261123_044754_initial',
  },
  {
    up: migration_20261123_052720_pay_gap_reports.up,
    down: migration_20261123_052720_pay_gap_reports.down,
    name: '20261123_052720_pay_gap_reports',
  },
  {
    up: migration_20261123_062317_workforce_profiles.up,
    down: migration_20261123_062317_workforce_profiles.down,
    name: '20261123_062317_workforce_profiles',
  },
  {
    up: migration_20261123_074230_imports.up,
    down: migration_20261123_074230_imports.down,
    name: '20261123_074230_imports',
  },
  {
    up: migration_20261123_075229_funding.up,
    down: migration_20261123_075229_funding.down,
    name: '20261123_075229_funding',
  },
  {
    up: migration_20261123_081550_library.up,
    down: migration_20261123_081550_library.down,
    name: '20261123_081550_library',
  },
  {
    up: migration_20261123_092843_import_grant_rights.up,
    down: migration_20261123_092843_import_grant_rights.down,
    name: '20261123_092843_import_grant_rights',
  },
  {
    up: migration_20261201_122246_session_2026_12_01.up,
    down: migration_20261201_122246_session_2026_12_01.down,
    name: '20261201_122246_session_2026_12_01'
  },
];
