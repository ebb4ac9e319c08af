import {
  chooseSchema,
  loadSchemaSource,
  teiAllHint
} from "./chunk-NN5TPWIK.js";
import "./chunk-J2IIOPIV.js";
export {
  chooseSchema,
  loadSchemaSource,
  teiAllHint
};
