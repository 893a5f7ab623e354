// Placeholder entry: this plugin's parts are added by its issue. Until then it registers nothing.
export default {
  register() {},
  bootstrap() {},
};
