/**
 * Where connector manifests live by default: `connectors/<name>/connector.yml` or
 * `.yaml`, anywhere below the root. The one list every analyzer, the risk facts and
 * the policy default use, so a manifest no check sees cannot exist.
 */
export const CONNECTOR_MANIFEST_GLOBS: readonly string[] = ['**/connectors/*/connector.yml', '**/connectors/*/connector.yaml'];
