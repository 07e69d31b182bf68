// Entry point of `npm run bench`.
import "./engine";
