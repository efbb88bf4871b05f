.class public Lcom/example/baoguoxia/BaoguoApp;
.super Landroid/app/Application;
.source "BaoguoApp.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 2

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    invoke-static {p0}, Lcom/example/baoguoxia/util/Consent;->given(Landroid/content/Context;)Z

    move-result v0

    if-eqz v0, :cond_0

    invoke-static {p0}, Lcom/example/baoguoxia/push/PushHelper;->register(Landroid/content/Context;)V

    :cond_0
    return-void
.end method
