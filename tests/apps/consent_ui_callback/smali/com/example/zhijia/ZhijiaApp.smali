.class public Lcom/example/zhijia/ZhijiaApp;
.super Landroid/app/Application;
.source "ZhijiaApp.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 3

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    const-string v0, "devices"

    const/4 v1, 0x0

    invoke-virtual {p0, v0, v1}, Lcom/example/zhijia/ZhijiaApp;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;

    move-result-object v0

    invoke-static {v0}, Lcom/example/zhijia/device/DeviceBinding;->init(Landroid/content/SharedPreferences;)V

    return-void
.end method
