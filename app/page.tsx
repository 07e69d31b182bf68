import ClientDesigner from "../components/designer/ClientDesigner";

export default function Home() {
  return <ClientDesigner />;
}
