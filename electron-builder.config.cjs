// Installers for Linux (AppImage, deb), Windows (NSIS) and macOS (dmg): `npm run dist`.
// Only the built app (out/) and its fonts go in; the fuses are set by build/after-pack.cjs.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.orgworkbench.app',
  productName: 'Org Workbench',
  copyright: 'Org Workbench contributors',
  directories: { output: 'dist', buildResources: 'build' },
  files: ['out/**/*', 'package.json', '!**/*.map'],
  extraResources: [{ from: 'resources/fonts', to: 'fonts' }],
  asar: true,
  afterPack: './build/after-pack.cjs',
  fileAssociations: [{ ext: 'orgchart.json', name: 'Org Workbench chart', mimeType: 'application/vnd.org-workbench.chart+json' }],
  linux: { target: ['AppImage', 'deb'], category: 'Office', icon: 'resources/icon.png', maintainer: 'Org Workbench contributors' },
  deb: { depends: [] },
  win: { target: ['nsis'], icon: 'resources/icon.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', icon: 'resources/icon.png', hardenedRuntime: true },
  dmg: { sign: false }
}
