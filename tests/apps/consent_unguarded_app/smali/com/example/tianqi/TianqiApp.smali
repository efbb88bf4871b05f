.class public Lcom/example/tianqi/TianqiApp;
.super Landroid/app/Application;
.source "TianqiApp.java"


# static fields
.field private static sInstance:Lcom/example/tianqi/TianqiApp;


# instance fields
.field private deviceFingerprint:Ljava/lang/String;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method private buildDeviceFingerprint()Ljava/lang/String;
    .registers 5

    const-string v0, "phone"

    invoke-virtual {p0, v0}, Lcom/example/tianqi/TianqiApp;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/telephony/TelephonyManager;

    const-string v1, ""

    :try_start_b
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;

    move-result-object v1
    :try_end_f
    .catch Ljava/lang/SecurityException; {:try_start_b .. :try_end_f} :catch_10

    goto :goto_11

    :catch_10
    move-exception v0

    :goto_11
    invoke-virtual {p0}, Lcom/example/tianqi/TianqiApp;->getContentResolver()Landroid/content/ContentResolver;

    move-result-object v0

    const-string v2, "android_id"

    invoke-static {v0, v2}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;

    move-result-object v0

    new-instance v2, Ljava/lang/StringBuilder;

    invoke-direct {v2}, Ljava/lang/StringBuilder;-><init>()V

    invoke-virtual {v2, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;

    const-string v3, "|"

    invoke-virtual {v2, v3}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;

    invoke-virtual {v2, v0}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;

    invoke-virtual {v2}, Ljava/lang/StringBuilder;->toString()Ljava/lang/String;

    move-result-object v0

    return-object v0
.end method

.method public static get()Lcom/example/tianqi/TianqiApp;
    .registers 1

    sget-object v0, Lcom/example/tianqi/TianqiApp;->sInstance:Lcom/example/tianqi/TianqiApp;

    return-object v0
.end method


# virtual methods
.method public getDeviceFingerprint()Ljava/lang/String;
    .registers 2

    iget-object v0, p0, Lcom/example/tianqi/TianqiApp;->deviceFingerprint:Ljava/lang/String;

    return-object v0
.end method

.method public onCreate()V
    .registers 3

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    sput-object p0, Lcom/example/tianqi/TianqiApp;->sInstance:Lcom/example/tianqi/TianqiApp;

    invoke-static {p0}, Lcom/example/tianqi/util/CrashLogger;->install(Landroid/content/Context;)V

    invoke-direct {p0}, Lcom/example/tianqi/TianqiApp;->buildDeviceFingerprint()Ljava/lang/String;

    move-result-object v0

    iput-object v0, p0, Lcom/example/tianqi/TianqiApp;->deviceFingerprint:Ljava/lang/String;

    const-string v1, "https://api.tianqi.example.com/v3/"

    invoke-static {p0, v1, v0}, Lcom/example/tianqi/net/WeatherApi;->init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V

    return-void
.end method
