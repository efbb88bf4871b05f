.class public Lcom/example/caipu/CaipuApp;
.super Landroid/app/Application;
.source "CaipuApp.java"


# static fields
.field public static final BUGLY_APP_ID:Ljava/lang/String; = "7d1f3a92c4"

.field public static final WX_APP_ID:Ljava/lang/String; = "wx5c8e2f14a9b36d07"

.field private static sWxApi:Lcom/tencent/mm/opensdk/openapi/IWXAPI;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public static getWxApi()Lcom/tencent/mm/opensdk/openapi/IWXAPI;
    .registers 1

    sget-object v0, Lcom/example/caipu/CaipuApp;->sWxApi:Lcom/tencent/mm/opensdk/openapi/IWXAPI;

    return-object v0
.end method

.method public static initSdks(Landroid/content/Context;)V
    .registers 5

    new-instance v0, Lcom/tencent/bugly/crashreport/CrashReport$UserStrategy;

    invoke-direct {v0, p0}, Lcom/tencent/bugly/crashreport/CrashReport$UserStrategy;-><init>(Landroid/content/Context;)V

    const-string v1, "official"

    invoke-virtual {v0, v1}, Lcom/tencent/bugly/crashreport/CrashReport$UserStrategy;->setAppChannel(Ljava/lang/String;)Lcom/tencent/bugly/crashreport/CrashReport$UserStrategy;

    const-string v1, "7d1f3a92c4"

    const/4 v2, 0x0

    invoke-static {p0, v1, v2, v0}, Lcom/tencent/bugly/crashreport/CrashReport;->initCrashReport(Landroid/content/Context;Ljava/lang/String;ZLcom/tencent/bugly/crashreport/CrashReport$UserStrategy;)V

    const-string v1, "wx5c8e2f14a9b36d07"

    const/4 v3, 0x1

    invoke-static {p0, v1, v3}, Lcom/tencent/mm/opensdk/openapi/WXAPIFactory;->createWXAPI(Landroid/content/Context;Ljava/lang/String;Z)Lcom/tencent/mm/opensdk/openapi/IWXAPI;

    move-result-object v2

    sput-object v2, Lcom/example/caipu/CaipuApp;->sWxApi:Lcom/tencent/mm/opensdk/openapi/IWXAPI;

    invoke-interface {v2, v1}, Lcom/tencent/mm/opensdk/openapi/IWXAPI;->registerApp(Ljava/lang/String;)Z

    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 2

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    invoke-static {p0}, Lcom/example/caipu/util/Prefs;->isPrivacyAgreed(Landroid/content/Context;)Z

    move-result v0

    if-eqz v0, :cond_c

    invoke-static {p0}, Lcom/example/caipu/CaipuApp;->initSdks(Landroid/content/Context;)V

    :cond_c
    return-void
.end method
