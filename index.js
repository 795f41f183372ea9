// Entry point Zapier's runtime loads (zapierwrapper.js requires ./index.js): the compiled app in dist/.
module.exports = require('./dist/index.js');
