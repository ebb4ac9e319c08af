// dist/version.js
var toolkitName = "tei-edition";
var toolkitVersion = "0.1.0";

export {
  toolkitName,
  toolkitVersion
};
