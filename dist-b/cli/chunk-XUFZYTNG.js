// dist/collate/siglum.js
var siglumPattern = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export {
  siglumPattern
};
