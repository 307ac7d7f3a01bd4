/**
 * The names of Packer's build data (`{{ build \`ID\` }}`, HCL2's `build.ID`…), as every builder
 * provides them (Packer's `BasicPlaceholderData`): defined once, for the template front ends and
 * the provisioners' build data (src/provisioners/build-data.ts).
 */
export const BUILD_DATA_KEYS = [
  "ID",
  "Host",
  "Port",
  "User",
  "Password",
  "ConnType",
  "PackerRunUUID",
  "PackerHTTPPort",
  "PackerHTTPIP",
  "PackerHTTPAddr",
  "SSHPublicKey",
  "SSHPrivateKey",
] as const;
