// The theme script inlined in the layout (a server component may import this module).
export const THEME_KEY = "kindling.theme";
const KEY = THEME_KEY;

/** Run before the page paints (inlined in the layout) so there is no flash of the wrong theme. */
export const THEME_BOOT_SCRIPT = `(function(){try{var c=localStorage.getItem("${KEY}");var d=c==="dark"||(c!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.dataset.theme=d?"dark":"light";}catch(e){}})();`;
