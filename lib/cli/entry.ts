// Bundle entry: every subcommand module registers itself on import.
import "./share-commands";
export { main } from "./main";
