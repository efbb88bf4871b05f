.class public Lcom/example/jianshen/FitApp;
.super Landroid/app/Application;
.source "FitApp.java"


# static fields
.field private static sDeviceId:Ljava/lang/String;

.field private static sMac:Ljava/lang/String;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method private initTelemetry()V
    .registers 4

    const-string v0, "app"

    const/4 v1, 0x0

    invoke-virtual {p0, v0, v1}, Lcom/example/jianshen/FitApp;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;

    move-result-object v0

    const-string v2, "agree_protocol"

    invoke-interface {v0, v2, v1}, Landroid/content/SharedPreferences;->getBoolean(Ljava/lang/String;Z)Z

    move-result v0

    if-nez v0, :cond_11

    return-void

    :cond_11
    invoke-direct {p0}, Lcom/example/jianshen/FitApp;->readMac()V

    return-void
.end method

.method private readImei()V
    .registers 2

    const-string v0, "phone"

    invoke-virtual {p0, v0}, Lcom/example/jianshen/FitApp;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/telephony/TelephonyManager;

    :try_start_8
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;

    move-result-object v0

    sput-object v0, Lcom/example/jianshen/FitApp;->sDeviceId:Ljava/lang/String;
    :try_end_e
    .catch Ljava/lang/SecurityException; {:try_start_8 .. :try_end_e} :catch_f

    goto :goto_10

    :catch_f
    move-exception v0

    :goto_10
    return-void
.end method

.method private readMac()V
    .registers 2

    invoke-virtual {p0}, Lcom/example/jianshen/FitApp;->getApplicationContext()Landroid/content/Context;

    move-result-object v0

    const-string v1, "wifi"

    invoke-virtual {v0, v1}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/net/wifi/WifiManager;

    invoke-virtual {v0}, Landroid/net/wifi/WifiManager;->getConnectionInfo()Landroid/net/wifi/WifiInfo;

    move-result-object v0

    invoke-virtual {v0}, Landroid/net/wifi/WifiInfo;->getMacAddress()Ljava/lang/String;

    move-result-object v0

    sput-object v0, Lcom/example/jianshen/FitApp;->sMac:Ljava/lang/String;

    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 4

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    invoke-static {p0}, Lcom/example/jianshen/WorkoutPlans;->load(Landroid/content/Context;)V

    const-string v0, "app"

    const/4 v1, 0x0

    invoke-virtual {p0, v0, v1}, Lcom/example/jianshen/FitApp;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;

    move-result-object v0

    const-string v2, "privacy_agreed"

    invoke-interface {v0, v2, v1}, Landroid/content/SharedPreferences;->getBoolean(Ljava/lang/String;Z)Z

    move-result v0

    if-eqz v0, :cond_17

    invoke-direct {p0}, Lcom/example/jianshen/FitApp;->readImei()V

    :cond_17
    invoke-direct {p0}, Lcom/example/jianshen/FitApp;->initTelemetry()V

    return-void
.end method
