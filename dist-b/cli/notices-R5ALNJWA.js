import {
  warning
} from "./chunk-J2IIOPIV.js";

// dist/validate/notices.js
function unsupportedNotices(schema) {
  return schema.schematron.unsupported.map((u) => warning({
    message: `Schematron pattern "${u.id}" of ${schema.name} is not run: ${u.reason}`,
    rule: "schematron-unsupported",
    stage: "validate"
  }));
}
export {
  unsupportedNotices
};
