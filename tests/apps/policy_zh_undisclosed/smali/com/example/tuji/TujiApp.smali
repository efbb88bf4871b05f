.class public Lcom/example/tuji/TujiApp;
.super Landroid/app/Application;
.source "TujiApp.java"


# static fields
.field private static final BUGLY_APP_ID:Ljava/lang/String; = "b5e21c07a3"

.field private static final UMENG_KEY:Ljava/lang/String; = "6512f0d8b2f6fa00ba59c3e1"

.field private static sInstance:Lcom/example/tuji/TujiApp;

.field private static sThirdPartyReady:Z


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public static get()Lcom/example/tuji/TujiApp;
    .registers 1

    sget-object v0, Lcom/example/tuji/TujiApp;->sInstance:Lcom/example/tuji/TujiApp;

    return-object v0
.end method

.method public static initThirdParty(Landroid/content/Context;)V
    .registers 7

    sget-boolean v0, Lcom/example/tuji/TujiApp;->sThirdPartyReady:Z

    if-eqz v0, :cond_0

    return-void

    :cond_0
    const/4 v0, 0x1

    sput-boolean v0, Lcom/example/tuji/TujiApp;->sThirdPartyReady:Z

    invoke-virtual {p0}, Landroid/content/Context;->getApplicationContext()Landroid/content/Context;

    move-result-object p0

    invoke-static {p0, v0}, Lcom/umeng/commonsdk/UMConfigure;->submitPolicyGrantResult(Landroid/content/Context;Z)V

    const-string v1, "6512f0d8b2f6fa00ba59c3e1"

    const-string v2, "huawei"

    const/4 v3, 0x1

    const-string v4, ""

    move-object v5, p0

    invoke-static {v5, v1, v2, v3, v4}, Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;ILjava/lang/String;)V

    const/4 v1, 0x0

    invoke-static {v1}, Lcn/jpush/android/api/JPushInterface;->setDebugMode(Z)V

    invoke-static {p0}, Lcn/jpush/android/api/JPushInterface;->init(Landroid/content/Context;)V

    const-string v2, "b5e21c07a3"

    invoke-static {p0, v2, v1}, Lcom/tencent/bugly/crashreport/CrashReport;->initCrashReport(Landroid/content/Context;Ljava/lang/String;Z)V

    invoke-static {p0, v0, v0}, Lcom/amap/api/location/AMapLocationClient;->updatePrivacyShow(Landroid/content/Context;ZZ)V

    invoke-static {p0, v0}, Lcom/amap/api/location/AMapLocationClient;->updatePrivacyAgree(Landroid/content/Context;Z)V

    invoke-static {p0}, Lcom/example/tuji/share/ShareHelper;->init(Landroid/content/Context;)V

    invoke-static {}, Lcom/igexin/sdk/PushManager;->getInstance()Lcom/igexin/sdk/PushManager;

    move-result-object v1

    invoke-virtual {v1, p0}, Lcom/igexin/sdk/PushManager;->initialize(Landroid/content/Context;)V

    invoke-static {p0}, Lcom/example/tuji/ads/SplashAdHelper;->init(Landroid/content/Context;)V

    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 4

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    sput-object p0, Lcom/example/tuji/TujiApp;->sInstance:Lcom/example/tuji/TujiApp;

    const-string v0, "6512f0d8b2f6fa00ba59c3e1"

    const-string v1, "huawei"

    invoke-static {p0, v0, v1}, Lcom/umeng/commonsdk/UMConfigure;->preInit(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V

    invoke-static {p0}, Lcom/example/tuji/util/PrivacySp;->isAgreed(Landroid/content/Context;)Z

    move-result v2

    if-eqz v2, :cond_0

    invoke-static {p0}, Lcom/example/tuji/TujiApp;->initThirdParty(Landroid/content/Context;)V

    :cond_0
    return-void
.end method
