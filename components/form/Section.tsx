"use client";
import type { ReactNode } from "react";

export default function Section({ title, help, children }: { title: string; help?: ReactNode; children: ReactNode }) {
  return (
    <section className="form-section">
      <h2>{title}</h2>
      {help && <p className="section-help">{help}</p>}
      {children}
    </section>
  );
}
