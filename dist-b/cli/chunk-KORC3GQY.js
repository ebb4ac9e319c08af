// dist/validate/rule-sets.js
var ruleSets = ["none", "tei", "edition", "all"];
var runsTeiSchematron = (r) => r === "tei" || r === "all";
var runsEditionRules = (r) => r === "edition" || r === "all";

export {
  ruleSets,
  runsTeiSchematron,
  runsEditionRules
};
