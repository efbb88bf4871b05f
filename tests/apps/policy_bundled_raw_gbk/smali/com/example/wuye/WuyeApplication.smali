.class public Lcom/example/wuye/WuyeApplication;
.super Landroid/app/Application;
.source "WuyeApplication.java"


# static fields
.field public static api:Lcom/tencent/mm/opensdk/openapi/IWXAPI;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public static initAfterConsent(Landroid/content/Context;)V
    .registers 7

    const/4 v0, 0x1

    invoke-static {p0, v0}, Lcom/umeng/commonsdk/UMConfigure;->submitPolicyGrantResult(Landroid/content/Context;Z)V

    const-string v2, "6123a0c5e0f4b72d9c8e1f33"

    const-string v3, "yingyongbao"

    const/4 v4, 0x1

    const/4 v5, 0x0

    move-object v1, p0

    invoke-static/range {v1 .. v5}, Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;ILjava/lang/String;)V

    sget-object v1, Lcom/umeng/analytics/MobclickAgent$PageMode;->AUTO:Lcom/umeng/analytics/MobclickAgent$PageMode;

    invoke-static {v1}, Lcom/umeng/analytics/MobclickAgent;->setPageCollectionMode(Lcom/umeng/analytics/MobclickAgent$PageMode;)V

    const-string v1, "wx3b9d0f6c2e8a4157"

    invoke-static {p0, v1, v0}, Lcom/tencent/mm/opensdk/openapi/WXAPIFactory;->createWXAPI(Landroid/content/Context;Ljava/lang/String;Z)Lcom/tencent/mm/opensdk/openapi/IWXAPI;

    move-result-object v2

    sput-object v2, Lcom/example/wuye/WuyeApplication;->api:Lcom/tencent/mm/opensdk/openapi/IWXAPI;

    invoke-interface {v2, v1}, Lcom/tencent/mm/opensdk/openapi/IWXAPI;->registerApp(Ljava/lang/String;)Z

    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 4

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    const-string v0, "6123a0c5e0f4b72d9c8e1f33"

    const-string v1, "yingyongbao"

    invoke-static {p0, v0, v1}, Lcom/umeng/commonsdk/UMConfigure;->preInit(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V

    invoke-static {p0}, Lcom/example/wuye/data/UserPrefs;->hasAgreedPolicy(Landroid/content/Context;)Z

    move-result v2

    if-eqz v2, :cond_14

    invoke-static {p0}, Lcom/example/wuye/WuyeApplication;->initAfterConsent(Landroid/content/Context;)V

    :cond_14
    return-void
.end method
