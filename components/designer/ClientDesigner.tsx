"use client";
// The designer lives entirely in the browser (Monaco, Web Workers, localStorage): no server render.
import dynamic from "next/dynamic";

const Designer = dynamic(() => import("./Designer"), {
  ssr: false,
  loading: () => <div className="booting">Loading Kindling…</div>,
});

export default function ClientDesigner() {
  return <Designer />;
}
