[assembly: System.Resources.NeutralResourcesLanguage("pl")]
