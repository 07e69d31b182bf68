// The monaco-editor entry points Kindling imports directly (the package types only its API).
declare module "monaco-editor/esm/vs/editor/edcore.main" {
  export * from "monaco-editor";
}
declare module "monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution";
