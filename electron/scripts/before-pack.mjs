// electron-builder beforePack hook: the Electron-ABI better-sqlite3 in .cache must match the target
// being packaged (platform, arch, the electronVersion pinned in electron-builder.yml) before
// extraResources copies it. It throws, so a build can never ship a Node-ABI or wrong-arch binary.
import { ensureElectronNative } from './electron-native.mjs';

// electron-builder's Arch enum (builder-util): ia32 = 0, x64 = 1, armv7l = 2, arm64 = 3, universal = 4.
const ARCH = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

export default async function beforePack(context) {
  const arch = ARCH[context.arch];
  if (!arch || arch === 'universal') throw new Error(`Arsitektur tidak didukung / unsupported arch: ${context.arch}`);
  await ensureElectronNative({
    platform: context.electronPlatformName,
    arch,
    electronVersion: context.packager.config.electronVersion ?? undefined,
  });
}
