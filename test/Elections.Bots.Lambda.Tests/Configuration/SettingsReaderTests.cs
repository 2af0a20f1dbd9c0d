using Elections.Bots.Lambda.Configuration;
using Elections.Bots.Lambda.Tests.Support;
using Elections.Bots.Tests;

namespace Elections.Bots.Lambda.Tests.Configuration;

public sealed class SettingsReaderTests
{
    [Fact]
    public void Read_WithDataFolder_GivesSettingsWithDefaultCacheTtl()
    {
        var result = SettingsReader.Read(Millbrook.Environment());

        Assert.True(result.IsValid, string.Join(" ", result.Problems));
        var settings = result.Settings!;
        Assert.Equal("lex", settings.Handler);
        Assert.Equal(Path.GetFullPath(RepositoryPaths.MillbrookDataset), settings.DataDirectory);
        Assert.Null(settings.TableName);
        Assert.Equal("America/New_York", settings.TimeZone.Id);
        Assert.Equal(FunctionSettings.DefaultCacheTtl, settings.CacheTtl);
    }

    [Fact]
    public void Read_WithTable_PrefersServiceSpecificEndpoint()
    {
        var environment = Millbrook.Environment();
        environment[EnvironmentNames.DataDirectory] = null;
        environment[EnvironmentNames.TableName] = "facts";
        environment[EnvironmentNames.Region] = "us-west-2";
        environment[EnvironmentNames.Endpoint] = "http://127.0.0.1:1";
        environment[EnvironmentNames.DynamoDbEndpoint] = "http://127.0.0.1:4567";
        environment[EnvironmentNames.CacheTtlSeconds] = "5";

        var settings = SettingsReader.Read(environment).Settings!;

        Assert.Equal("facts", settings.TableName);
        Assert.Equal("http://127.0.0.1:4567", settings.DynamoDbEndpoint);
        Assert.Equal("us-west-2", settings.Region);
        Assert.Equal(TimeSpan.FromSeconds(5), settings.CacheTtl);
    }

    [Fact]
    public void Read_ForImport_NeedsTheTableAndZoneButNoPhone()
    {
        var environment = Millbrook.Environment("import");
        environment[EnvironmentNames.DataDirectory] = null;
        environment[EnvironmentNames.OfficePhone] = null;
        environment[EnvironmentNames.TableName] = "facts";
        environment[EnvironmentNames.Region] = "us-east-1";

        var result = SettingsReader.Read(environment);

        Assert.True(result.IsValid, string.Join(" ", result.Problems));
        Assert.Equal("facts", result.Settings!.TableName);
        Assert.Null(result.Settings.OfficePhone);
    }

    [Theory]
    [InlineData(null, null, "TABLE_NAME is required by the import function")]
    [InlineData("facts", "samples", "DATA_DIR is for the voter functions; the import function publishes to TABLE_NAME")]
    public void Read_ForImportWithoutATableToPublishTo_SaysSo(string? table, string? dataDirectory, string expected)
    {
        var environment = Millbrook.Environment("import");
        environment[EnvironmentNames.TableName] = table;
        environment[EnvironmentNames.DataDirectory] = dataDirectory;
        environment[EnvironmentNames.Region] = "us-east-1";

        var result = SettingsReader.Read(environment);

        var problem = Assert.Single(result.Problems);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WithRelativeDataFolder_ResolvesItInsideThePackage()
    {
        var environment = Millbrook.Environment();
        environment[EnvironmentNames.TaskRoot] = RepositoryPaths.Root;
        environment[EnvironmentNames.DataDirectory] = "samples/millbrook";

        var settings = SettingsReader.Read(environment).Settings!;

        Assert.Equal(Path.GetFullPath(RepositoryPaths.MillbrookDataset), settings.DataDirectory);
    }

    [Theory]
    [InlineData(EnvironmentNames.Handler, null, "_HANDLER is not set")]
    [InlineData(EnvironmentNames.Handler, "chat", "_HANDLER 'chat' is not a function of this bootstrap: use lex, alexa, import")]
    [InlineData(EnvironmentNames.DataDirectory, null, "Set TABLE_NAME (the DynamoDB facts table) or DATA_DIR")]
    [InlineData(EnvironmentNames.DataDirectory, "/no/such/folder", "DATA_DIR '/no/such/folder' is not a folder")]
    [InlineData(EnvironmentNames.TimeZone, null, "ELECTIONS_TIME_ZONE is required")]
    [InlineData(EnvironmentNames.TimeZone, "Eastern Standard Time", "ELECTIONS_TIME_ZONE 'Eastern Standard Time' is not a known IANA time zone")]
    [InlineData(EnvironmentNames.TimeZone, "../../etc/passwd", "is not a known IANA time zone")]
    [InlineData(EnvironmentNames.OfficePhone, null, "OFFICE_PHONE is required")]
    [InlineData(EnvironmentNames.OfficePhone, "call us", "OFFICE_PHONE 'call us' is not a phone number")]
    [InlineData(EnvironmentNames.CacheTtlSeconds, "-1", "CACHE_TTL_SECONDS must be a whole number of seconds from 0 to 86400, not '-1'")]
    [InlineData(EnvironmentNames.CacheTtlSeconds, "1e3", "not '1e3'")]
    [InlineData(EnvironmentNames.DynamoDbEndpoint, "localhost:4567", "AWS_ENDPOINT_URL_DYNAMODB 'localhost:4567' is not an absolute http or https URL")]
    public void Read_WhenOneSettingIsWrong_SaysWhichAndWhy(string name, string? value, string expected)
    {
        var environment = Millbrook.Environment();
        environment[name] = value;

        var result = SettingsReader.Read(environment);

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenSeveralSettingsAreWrong_ListsThemAll()
    {
        var result = SettingsReader.Read(new FakeEnvironment());

        Assert.Equal(4, result.Problems.Length);
        Assert.StartsWith("The function's configuration is invalid: _HANDLER is not set", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenBothTableAndDataFolderAreSet_RefusesToGuess()
    {
        var environment = Millbrook.Environment();
        environment[EnvironmentNames.TableName] = "facts";

        var problem = Assert.Single(SettingsReader.Read(environment).Problems);

        Assert.Contains("Set one of TABLE_NAME and DATA_DIR, not both", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenTableHasNoRegionOrEndpoint_AsksForTheRegion()
    {
        var environment = Millbrook.Environment();
        environment[EnvironmentNames.DataDirectory] = null;
        environment[EnvironmentNames.TableName] = "facts";

        var problem = Assert.Single(SettingsReader.Read(environment).Problems);

        Assert.StartsWith("AWS_REGION is not set", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ForAlexaWithoutSkillId_SaysTheSkillIdIsRequired()
    {
        var problem = Assert.Single(SettingsReader.Read(Millbrook.Environment("alexa")).Problems);

        Assert.Contains("ALEXA_SKILL_ID is required by the alexa function", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenBlank_TreatsTheVariableAsUnset()
    {
        var environment = Millbrook.Environment();
        environment[EnvironmentNames.CacheTtlSeconds] = "  ";

        Assert.Equal(FunctionSettings.DefaultCacheTtl, SettingsReader.Read(environment).Settings!.CacheTtl);
    }
}
