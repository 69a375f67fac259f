import { ImportProgress as ImportProgress_9dac53b3cefe1331a548066312ef8fb7 } from '../../../components/ImportProgress'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/ImportProgress#ImportProgress": ImportProgress_9dac53b3cefe1331a548066312ef8fb7,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
