// electron-builder afterPack hook: flips the fuses (fuses.cjs) in the packed Electron
// binary before it is signed and wrapped into an installer.
const { join } = require('node:path')
const { flipFuses } = require('@electron/fuses')
const { fuseConfig } = require('./fuses.cjs')

function executableOf(context) {
  const name = context.packager.appInfo.productFilename
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(context.appOutDir, `${name}.app`)
    case 'win32':
      return join(context.appOutDir, `${name}.exe`)
    default:
      return join(context.appOutDir, context.packager.executableName)
  }
}

module.exports = async function afterPack(context) {
  // macOS builds are signed afterwards, so the ad-hoc signature flipping breaks is reset.
  const config = { ...fuseConfig(), resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' }
  await flipFuses(executableOf(context), config)
}
