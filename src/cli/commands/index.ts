import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { registerBuild } from './build.js';
import { registerCollate } from './collate.js';
import { registerExtract } from './extract.js';
import { registerInit } from './init.js';
import { registerRegisters } from './registers.js';
import { registerRender } from './render.js';
import { registerReview } from './review.js';
import { registerValidate } from './validate.js';

/** Each command module adds one sub-command to the program. */
export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

/** The command table. Add a command by importing its module here. */
export const commands: readonly RegisterCommand[] = [
  registerBuild,
  registerCollate,
  registerExtract,
  registerInit,
  registerRegisters,
  registerRender,
  registerReview,
  registerValidate,
];
