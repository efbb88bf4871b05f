.class public Lcom/example/zoo/init/SdkBootstrap;
.super Ljava/lang/Object;
.source "SdkBootstrap.java"
.method public static preInit(Landroid/app/Application;)V
    .registers 4
    const/4 v0, 0x0
    invoke-static {v0}, Lcom/umeng/commonsdk/UMConfigure;->setLogEnabled(Z)V
    const-string v1, "60c1a5f2e044530ff0a3b2c7"
    const-string v2, "xiaomi"
    invoke-static {p0, v1, v2}, Lcom/umeng/commonsdk/UMConfigure;->preInit(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V
    invoke-static {v0}, Lcn/jpush/android/api/JPushInterface;->setDebugMode(Z)V
    const/4 v1, 0x1
    invoke-static {p0, v1, v0}, Lcom/amap/api/location/AMapLocationClient;->updatePrivacyShow(Landroid/content/Context;ZZ)V
    invoke-static {p0, v1, v0}, Lcom/amap/api/maps/MapsInitializer;->updatePrivacyShow(Landroid/content/Context;ZZ)V
    return-void
.end method
.method public static initAll(Landroid/app/Application;)V
    .registers 10
    const/4 v0, 0x1
    invoke-static {p0, v0}, Lcom/umeng/commonsdk/UMConfigure;->submitPolicyGrantResult(Landroid/content/Context;Z)V
    invoke-static {p0, v0}, Lcom/amap/api/location/AMapLocationClient;->updatePrivacyAgree(Landroid/content/Context;Z)V
    invoke-static {p0, v0}, Lcom/amap/api/maps/MapsInitializer;->updatePrivacyAgree(Landroid/content/Context;Z)V
    invoke-static {v0}, Lcom/baidu/location/LocationClient;->setAgreePrivacy(Z)V
    invoke-static {v0}, Lcom/mob/MobSDK;->submitPolicyGrantResult(Z)V
    invoke-static {v0}, Lcom/tencent/tauth/Tencent;->setIsPermissionGranted(Z)V
    const-string v1, "60c1a5f2e044530ff0a3b2c7"
    const-string v2, "xiaomi"
    const-string v3, "9f3e1d2c7b6a5f4e3d2c1b0a99887766"
    move-object v4, p0
    move-object v5, v1
    move-object v6, v2
    move v7, v0
    move-object v8, v3
    invoke-static/range {v4 .. v8}, Lcom/umeng/commonsdk/UMConfigure;->init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;ILjava/lang/String;)V
    invoke-static {p0}, Lcom/example/zoo/init/SdkBootstrap;->initPush(Landroid/app/Application;)V
    invoke-static {p0}, Lcom/example/zoo/init/SdkBootstrap;->initSocial(Landroid/app/Application;)V
    new-instance v1, Lcom/tencent/bugly/crashreport/CrashReport$UserStrategy;
    invoke-direct {v1, p0}, Lcom/tencent/bugly/crashreport/CrashReport$UserStrategy;-><init>(Landroid/content/Context;)V
    invoke-virtual {v1, v2}, Lcom/tencent/bugly/crashreport/CrashReport$UserStrategy;->setAppChannel(Ljava/lang/String;)Lcom/tencent/bugly/crashreport/CrashReport$UserStrategy;
    const-string v3, "a7c3e91b20"
    const/4 v4, 0x0
    invoke-static {p0, v3, v4, v1}, Lcom/tencent/bugly/crashreport/CrashReport;->initCrashReport(Landroid/content/Context;Ljava/lang/String;ZLcom/tencent/bugly/crashreport/CrashReport$UserStrategy;)V
    new-instance v1, Lcom/example/zoo/init/SdkBootstrap$X5Callback;
    invoke-direct {v1}, Lcom/example/zoo/init/SdkBootstrap$X5Callback;-><init>()V
    invoke-static {p0, v1}, Lcom/tencent/smtt/sdk/QbSdk;->initX5Environment(Landroid/content/Context;Lcom/tencent/smtt/sdk/QbSdk$PreInitCallback;)V
    const-string v1, "appid=5f8a2c1d"
    invoke-static {p0, v1}, Lcom/iflytek/cloud/SpeechUtility;->createUtility(Landroid/content/Context;Ljava/lang/String;)Lcom/iflytek/cloud/SpeechUtility;
    return-void
.end method
.method public static initPush(Landroid/app/Application;)V
    .registers 5
    invoke-static {p0}, Lcn/jpush/android/api/JPushInterface;->init(Landroid/content/Context;)V
    invoke-static {p0}, Lcom/umeng/message/PushAgent;->getInstance(Landroid/content/Context;)Lcom/umeng/message/PushAgent;
    move-result-object v0
    new-instance v1, Lcom/example/zoo/push/UmengRegisterCallback;
    invoke-direct {v1}, Lcom/example/zoo/push/UmengRegisterCallback;-><init>()V
    invoke-virtual {v0, v1}, Lcom/umeng/message/PushAgent;->register(Lcom/umeng/message/api/UPushRegisterCallback;)V
    invoke-static {}, Lcom/igexin/sdk/PushManager;->getInstance()Lcom/igexin/sdk/PushManager;
    move-result-object v0
    invoke-virtual {v0, p0}, Lcom/igexin/sdk/PushManager;->initialize(Landroid/content/Context;)V
    sget-object v0, Landroid/os/Build;->MANUFACTURER:Ljava/lang/String;
    invoke-virtual {v0}, Ljava/lang/String;->toLowerCase()Ljava/lang/String;
    move-result-object v0
    const-string v1, "xiaomi"
    invoke-virtual {v1, v0}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v1
    if-eqz v1, :not_xiaomi
    const-string v1, "2882303761519876543"
    const-string v2, "5561987654321"
    invoke-static {p0, v1, v2}, Lcom/xiaomi/mipush/sdk/MiPushClient;->registerPush(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V
    :not_xiaomi
    const-string v1, "meizu"
    invoke-virtual {v1, v0}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v1
    if-eqz v1, :not_meizu
    const-string v1, "141234"
    const-string v2, "8c2f1e0d9b7a4c3e2d1f0a9b8c7d6e5f"
    invoke-static {p0, v1, v2}, Lcom/meizu/cloud/pushsdk/PushManager;->register(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V
    :not_meizu
    const/4 v1, 0x0
    invoke-static {p0, v1}, Lcom/heytap/msp/push/HeytapPushManager;->init(Landroid/content/Context;Z)V
    const-string v1, "b3f2c1e0a9d84c7b"
    const-string v2, "7e6d5c4b3a2f1e0d"
    new-instance v3, Lcom/example/zoo/push/OppoRegisterCallback;
    invoke-direct {v3}, Lcom/example/zoo/push/OppoRegisterCallback;-><init>()V
    invoke-static {p0, v1, v2, v3}, Lcom/heytap/msp/push/HeytapPushManager;->register(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;Lcom/heytap/msp/push/callback/ICallBackResultService;)V
    invoke-static {p0}, Lcom/vivo/push/PushClient;->getInstance(Landroid/content/Context;)Lcom/vivo/push/PushClient;
    move-result-object v0
    invoke-virtual {v0}, Lcom/vivo/push/PushClient;->initialize()V
    new-instance v1, Lcom/example/zoo/push/VivoStateListener;
    invoke-direct {v1}, Lcom/example/zoo/push/VivoStateListener;-><init>()V
    invoke-virtual {v0, v1}, Lcom/vivo/push/PushClient;->turnOnPush(Lcom/vivo/push/IPushActionListener;)V
    new-instance v0, Lcom/example/zoo/push/HmsTokenTask;
    invoke-direct {v0, p0}, Lcom/example/zoo/push/HmsTokenTask;-><init>(Landroid/content/Context;)V
    new-instance v1, Ljava/lang/Thread;
    invoke-direct {v1, v0}, Ljava/lang/Thread;-><init>(Ljava/lang/Runnable;)V
    invoke-virtual {v1}, Ljava/lang/Thread;->start()V
    return-void
.end method
.method public static initSocial(Landroid/app/Application;)V
    .registers 7
    const-string v0, "wx5d2c8e1f0a3b4c6d"
    const-string v1, "1f0e2d3c4b5a69788796a5b4c3d2e1f0"
    invoke-static {v0, v1}, Lcom/umeng/socialize/PlatformConfig;->setWeixin(Ljava/lang/String;Ljava/lang/String;)V
    const-string v0, "101876543"
    const-string v1, "c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7"
    invoke-static {v0, v1}, Lcom/umeng/socialize/PlatformConfig;->setQQZone(Ljava/lang/String;Ljava/lang/String;)V
    const-string v0, "3921700954"
    const-string v2, "https://api.weibo.com/oauth2/default.html"
    invoke-static {v0, v1, v2}, Lcom/umeng/socialize/PlatformConfig;->setSinaWeibo(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)V
    const-string v0, "wx5d2c8e1f0a3b4c6d"
    const/4 v1, 0x1
    invoke-static {p0, v0, v1}, Lcom/tencent/mm/opensdk/openapi/WXAPIFactory;->createWXAPI(Landroid/content/Context;Ljava/lang/String;Z)Lcom/tencent/mm/opensdk/openapi/IWXAPI;
    move-result-object v1
    invoke-interface {v1, v0}, Lcom/tencent/mm/opensdk/openapi/IWXAPI;->registerApp(Ljava/lang/String;)Z
    invoke-static {p0}, Lcom/sina/weibo/sdk/openapi/WBAPIFactory;->createWBAPI(Landroid/content/Context;)Lcom/sina/weibo/sdk/openapi/IWBAPI;
    move-result-object v1
    new-instance v2, Lcom/sina/weibo/sdk/auth/AuthInfo;
    const-string v3, "3921700954"
    const-string v4, "https://api.weibo.com/oauth2/default.html"
    const-string v5, "email,direct_messages_read"
    invoke-direct {v2, p0, v3, v4, v5}, Lcom/sina/weibo/sdk/auth/AuthInfo;-><init>(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)V
    invoke-interface {v1, p0, v2}, Lcom/sina/weibo/sdk/openapi/IWBAPI;->registerApp(Landroid/content/Context;Lcom/sina/weibo/sdk/auth/AuthInfo;)V
    const-string v0, "3a8c5e2f1b9d4"
    const-string v1, "e4f0c9a1b7d2e3f5a6b8c0d1e2f3a4b5"
    invoke-static {p0, v0, v1}, Lcom/mob/MobSDK;->init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V
    new-instance v0, Lcom/example/zoo/share/SceneRouter;
    invoke-direct {v0}, Lcom/example/zoo/share/SceneRouter;-><init>()V
    invoke-static {v0}, Lcom/mob/moblink/MobLink;->setRestoreSceneListener(Lcom/mob/moblink/RestoreSceneListener;)V
    return-void
.end method
