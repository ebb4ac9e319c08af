import {
  releaseTypstThread,
  runTypstOnThread
} from "./chunk-I3HC2GXA.js";
export {
  releaseTypstThread,
  runTypstOnThread
};
