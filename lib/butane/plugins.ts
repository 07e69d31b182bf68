// Wiring: the modules that fill ./hooks (registerHooks / registerValidators / registerSpec),
// imported here for their side effects. Each helper adds its own line.
import "./resources";
import "./variants/fcos/register";
import "./variants/openshift/register";
export {};
