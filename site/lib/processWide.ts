/**
 * One value per process, however many copies of the module asking for it are
 * loaded: Astro's pages run from its bundled output while its integrations run
 * from source, so a module-level value would be two values. Kept on globalThis
 * under a registered symbol named `name`, made by `create` the first time.
 */
export function processWide<T>(name: string, create: () => T): () => T {
  const key = Symbol.for(`fairer-city.${name}`)
  return () => {
    const holder = globalThis as { [key: symbol]: T | undefined }
    holder[key] ??= create()
    return holder[key]
  }
}
