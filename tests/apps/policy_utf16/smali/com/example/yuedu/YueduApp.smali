.class public Lcom/example/yuedu/YueduApp;
.super Landroid/app/Application;
.source "YueduApp.java"


# static fields
.field private static final MI_APP_ID:Ljava/lang/String; = "2882303761520168432"

.field private static final MI_APP_KEY:Ljava/lang/String; = "5682016843210"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method

.method public static registerPush(Landroid/content/Context;)V
    .registers 3

    const-string v0, "2882303761520168432"

    const-string v1, "5682016843210"

    invoke-static {p0, v0, v1}, Lcom/xiaomi/mipush/sdk/MiPushClient;->registerPush(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V

    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 4

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    const-string v0, "yuedu"

    const/4 v1, 0x0

    invoke-virtual {p0, v0, v1}, Lcom/example/yuedu/YueduApp;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;

    move-result-object v0

    const-string v2, "privacy_accepted"

    invoke-interface {v0, v2, v1}, Landroid/content/SharedPreferences;->getBoolean(Ljava/lang/String;Z)Z

    move-result v0

    if-eqz v0, :cond_18

    invoke-static {p0}, Lcom/example/yuedu/YueduApp;->registerPush(Landroid/content/Context;)V

    :cond_18
    return-void
.end method
