.class public final Lcom/example/tianqi/net/WeatherApi;
.super Ljava/lang/Object;
.source "WeatherApi.java"


# static fields
.field private static sBaseUrl:Ljava/lang/String;

.field private static sDeviceHeader:Ljava/lang/String;


# direct methods
.method private constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static forecastUrl(Ljava/lang/String;)Ljava/lang/String;
    .registers 3

    new-instance v0, Ljava/lang/StringBuilder;

    invoke-direct {v0}, Ljava/lang/StringBuilder;-><init>()V

    sget-object v1, Lcom/example/tianqi/net/WeatherApi;->sBaseUrl:Ljava/lang/String;

    invoke-virtual {v0, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;

    const-string v1, "forecast?city="

    invoke-virtual {v0, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;

    invoke-virtual {v0, p0}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;

    invoke-virtual {v0}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;

    move-result-object v0

    return-object v0
.end method

.method public static init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V
    .registers 3

    sput-object p1, Lcom/example/tianqi/net/WeatherApi;->sBaseUrl:Ljava/lang/String;

    sput-object p2, Lcom/example/tianqi/net/WeatherApi;->sDeviceHeader:Ljava/lang/String;

    return-void
.end method
