/** The default config file name, looked up in the working directory. */
export const defaultConfigFile = 'edition.config.json';
