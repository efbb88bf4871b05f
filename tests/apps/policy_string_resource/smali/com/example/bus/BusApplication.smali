.class public Lcom/example/bus/BusApplication;
.super Landroid/app/Application;
.source "BusApplication.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public static onPrivacyAgreed(Landroid/content/Context;)V
    .registers 7

    const/4 v0, 0x1

    invoke-static {p0, v0, v0}, Lcom/amap/api/location/AMapLocationClient;->updatePrivacyShow(Landroid/content/Context;ZZ)V

    invoke-static {p0, v0}, Lcom/amap/api/location/AMapLocationClient;->updatePrivacyAgree(Landroid/content/Context;Z)V

    invoke-static {p0, v0}, Lcom/umeng/commonsdk/UMConfigure;->submitPolicyGrantResult(Landroid/content/Context;Z)V

    const-string v2, "65a1f3c2a7208a5af18e9b40"

    const-string v3, "xiaomi"

    const/4 v4, 0x1

    const/4 v5, 0x0

    move-object v1, p0

    invoke-static/range {v1 .. v5}, Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;ILjava/lang/String;)V

    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 4

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    const-string v0, "65a1f3c2a7208a5af18e9b40"

    const-string v1, "xiaomi"

    invoke-static {p0, v0, v1}, Lcom/umeng/commonsdk/UMConfigure;->preInit(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V

    const-string v0, "bus_config"

    const/4 v1, 0x0

    invoke-virtual {p0, v0, v1}, Lcom/example/bus/BusApplication;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;

    move-result-object v0

    const-string v2, "policy_agreed"

    invoke-interface {v0, v2, v1}, Landroid/content/SharedPreferences;->getBoolean(Ljava/lang/String;Z)Z

    move-result v0

    if-eqz v0, :cond_22

    invoke-static {p0}, Lcom/example/bus/BusApplication;->onPrivacyAgreed(Landroid/content/Context;)V

    :cond_22
    return-void
.end method
