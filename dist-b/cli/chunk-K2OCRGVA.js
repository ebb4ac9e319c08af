import {
  checkXmlProlog,
  defaultIntakeLimits,
  readXmlInput
} from "./chunk-HWWVQCMZ.js";

// dist/validate/input.js
var defaultMaxFileBytes = defaultIntakeLimits.maxBytes;
async function readValidationInput(path, displayName, maxBytes = defaultMaxFileBytes) {
  const intake = await readXmlInput(path, displayName, { stage: "validate", limits: { maxBytes } });
  if (!intake.ok)
    return { ok: false, diagnostics: [...intake.diagnostics] };
  return intake.notes.length > 0 ? { ok: true, text: intake.text, notes: intake.notes } : { ok: true, text: intake.text };
}
function checkText(text, displayName) {
  const checked = checkXmlProlog(text, displayName, "validate");
  return checked.ok ? { ok: true, text } : { ok: false, diagnostics: [...checked.diagnostics] };
}

export {
  defaultMaxFileBytes,
  readValidationInput,
  checkText
};
