"use client";
// The first visit's one line: what the page is and where to start. It stays until it is
// dismissed or the person has changed the document, and is not shown again after that.
import { useEffect, useState } from "react";
import { designerStore } from "../state/store";

const KEY = "kindling.welcomed";

function seen(): boolean {
  try {
    return localStorage.getItem(KEY) === "1";
  } catch {
    return true;
  }
}

function remember(): void {
  try {
    localStorage.setItem(KEY, "1");
  } catch {
    /* storage unavailable: it shows again next time */
  }
}

/** The header's Templates button, when the workshop feature provides one. */
function templatesButton(): HTMLButtonElement | undefined {
  return [...document.querySelectorAll<HTMLButtonElement>(".topbar button")].find((b) => b.textContent?.trim() === "Templates");
}

/** Where a pane is: beside the other on a wide screen, above or below it on a narrow one. */
function Where({ wide, narrow }: { wide: string; narrow: string }) {
  return (
    <>
      <span className="where-wide">({wide})</span>
      <span className="where-narrow">({narrow})</span>
    </>
  );
}

export default function Welcome() {
  const [show, setShow] = useState(() => !seen());
  const [templates, setTemplates] = useState(false);
  useEffect(() => {
    if (!show) return;
    setTemplates(Boolean(templatesButton()));
    // once the person has changed the document, they have started: no welcome next time
    return designerStore.subscribe((s, prev) => {
      if (s.text !== prev.text && s.history.past.length > 0) remember();
    });
  }, [show]);
  if (!show) return null;
  const close = () => {
    remember();
    setShow(false);
  };
  return (
    <aside className="welcome" aria-label="Welcome">
      <p>
        <strong>New here?</strong> Kindling turns Butane <Where wide="left" narrow="above" /> into the Ignition config a Flatcar machine reads at
        first boot <Where wide="right" narrow="below" />.
        Start from a{" "}
        {templates ? (
          <button type="button" className="link" onClick={() => templatesButton()?.click()}>
            Template
          </button>
        ) : (
          "Template"
        )}
        , edit this example, or press New for a blank page.
      </p>
      <button type="button" className="button small" onClick={close}>
        Got it
      </button>
    </aside>
  );
}
