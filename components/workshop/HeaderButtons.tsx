"use client";
// The header's workshop buttons: Templates (opens the dialog) and the Presenter mode toggle.
import { useWorkshop, workshopStore } from "./workshop-store";

export default function WorkshopButtons() {
  const present = useWorkshop((s) => s.present);
  return (
    <>
      <button type="button" className="button" onClick={() => workshopStore.setState({ galleryOpen: true, confirm: null })}>
        Templates
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={present}
        onClick={() => workshopStore.setState({ present: !present })}
        title="Larger type and higher contrast for projectors (kept in the address)"
      >
        Presenter mode
      </button>
    </>
  );
}
