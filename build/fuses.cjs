// The Electron fuses of the packaged app, flipped in the binary after packing so they
// cannot be turned back on from outside: no running the app as plain Node, no
// NODE_OPTIONS or --inspect to inject code, cookies encrypted, and the app code loaded
// only from its asar archive, whose integrity is checked. A unit test reads this list.
const { FuseV1Options, FuseVersion } = require('@electron/fuses')

/** Fuse name → the value it must have in every installer. */
const FUSES = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableCookieEncryption: true,
  OnlyLoadAppFromAsar: true,
  EnableEmbeddedAsarIntegrityValidation: true
}

function fuseConfig() {
  const config = { version: FuseVersion.V1 }
  for (const [name, value] of Object.entries(FUSES)) config[FuseV1Options[name]] = value
  return config
}

module.exports = { FUSES, fuseConfig }
