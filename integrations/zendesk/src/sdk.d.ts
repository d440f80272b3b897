declare module 'zendesk_app_framework_sdk' {
  const ZAFClient: import('./zaf.js').ZafClientFactory
  export default ZAFClient
}
